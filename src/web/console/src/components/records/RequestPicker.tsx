import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { listRequests } from '../../api.ts';
import type { RequestListEntry } from '../../api.ts';

/** At most this many pages of 100 (newest first): an appeal comes within months of its request. */
const MAX_PAGES = 10;

async function allRequests(bodyId: string): Promise<RequestListEntry[]> {
  const entries: RequestListEntry[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { items, total } = await listRequests(bodyId, page);
    entries.push(...items);
    if (items.length === 0 || entries.length >= total) break;
  }
  return entries;
}

interface RequestOption {
  value: string;
  label: string;
  /** What the search matches: the 申请编号 and the whole 所需信息. */
  search: string;
}

const toOption = ({ request }: RequestListEntry): RequestOption => {
  const what = request.description.length > 30 ? `${request.description.slice(0, 30)}…` : request.description;
  return {
    value: request.id,
    label: `${request.trackingNumber} ${what}（${request.receiptDate}收到）`,
    search: `${request.trackingNumber} ${request.description}`.toLowerCase(),
  };
};

/** The body's 依申请公开 requests, searchable by 申请编号 or 所需信息; empty when none is linked. */
export function RequestPicker(props: {
  bodyId: string;
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}) {
  const [options, setOptions] = useState<RequestOption[] | null>(null);
  const [failed, setFailed] = useState('');
  useEffect(() => {
    allRequests(props.bodyId).then(
      (entries) => setOptions(entries.map(toOption)),
      (error: Error) => setFailed(error.message),
    );
  }, [props.bodyId]);
  return (
    <Select<string, RequestOption>
      id={props.id}
      value={props.value ?? undefined}
      onChange={(value) => props.onChange?.(value ?? null)}
      options={options ?? []}
      loading={options === null && !failed}
      showSearch
      allowClear
      filterOption={(input, option) => !!option && option.search.includes(input.trim().toLowerCase())}
      notFoundContent={options === null ? '正在加载申请…' : '没有符合的申请'}
      status={failed ? 'error' : undefined}
      placeholder={
        failed ? `申请列表加载失败：${failed}` : '输入申请编号或所需信息搜索；不涉及具体申请的可不选'
      }
    />
  );
}
