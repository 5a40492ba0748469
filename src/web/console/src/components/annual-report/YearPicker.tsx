import { Select } from 'antd';

/** Report years: the national formats start with 2014; the default is the year just ended. */
export function reportYears(now = new Date()): number[] {
  const last = now.getFullYear() - 1;
  return Array.from({ length: last - 2014 + 1 }, (_, i) => last - i);
}

export function YearPicker({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  return (
    <label>
      报告年度：
      <Select
        id="report-year"
        aria-label="报告年度"
        value={year}
        onChange={onChange}
        style={{ width: 120 }}
        options={reportYears().map((y) => ({ value: y, label: `${y}年度` }))}
      />
    </label>
  );
}
