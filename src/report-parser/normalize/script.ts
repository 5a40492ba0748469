import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

interface ScriptTables {
  /** 1 for every BMP code point that OpenCC's traditional → simplified conversion changes. */
  traditional: Uint8Array;
  /** 1 for the 6,763 hanzi of GB2312: characters a simplified text is made of. */
  simplified: Uint8Array;
  convert: Convert;
}

let tables: ScriptTables | undefined;

/**
 * Hong Kong forms OpenCC's standard `t` table keeps (its `hk` table would fix them but also turns
 * simplified 么 into 幺, so it cannot run over text that may be simplified).
 */
const hongKongForms: Record<string, string> = { 衞: '卫', 衹: '只', 鷄: '鸡', 甯: '宁' };
const hongKongForm = new RegExp(`[${Object.keys(hongKongForms).join('')}]`, 'g');

/**
 * OpenCC's converter takes ~0.1 s to build and ~0.4 µs per character to run, so it is built once
 * and only run where there is something to convert.
 */
function scriptTables(): ScriptTables {
  if (tables) return tables;
  const openCC = OpenCC.Converter({ from: 't', to: 'cn' });
  const convert: Convert = (text) => openCC(text).replace(hongKongForm, (c) => hongKongForms[c] ?? c);
  const traditional = new Uint8Array(0x10000);
  const ranges: [number, number][] = [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
  ];
  for (const [from, to] of ranges) {
    const chars: string[] = [];
    for (let code = from; code <= to; code++) chars.push(String.fromCharCode(code));
    // One character per line, so phrase rules never join neighbours.
    const converted = convert(chars.join('\n')).split('\n');
    chars.forEach((char, i) => {
      if (converted[i] !== char) traditional[char.charCodeAt(0)] = 1;
    });
  }
  tables = { traditional, simplified: gb2312Hanzi(), convert };
  return tables;
}

/** GB2312 hanzi: rows 0xB0–0xF7 × cells 0xA1–0xFE, read through the GB18030 decoder. */
function gb2312Hanzi(): Uint8Array {
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xf7; lead++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) bytes.push(lead, cell);
  }
  const set = new Uint8Array(0x10000);
  for (const char of new TextDecoder('gb18030').decode(Uint8Array.from(bytes))) {
    const code = char.charCodeAt(0);
    if (code >= 0x3400) set[code] = 1;
  }
  return set;
}

export interface ScriptResult {
  text: string;
  script: 'simplified' | 'traditional';
  /** Traditional-only characters found (and converted). */
  convertedChars: number;
}

/**
 * Share of Chinese characters that are traditional-only (outside GB2312) above which a report is
 * traditional: real traditional text runs at 10–25 %, a simplified report quoting a name stays
 * near 0 %.
 */
const traditionalShare = 0.03;

/**
 * Traditional → simplified with OpenCC (phrase-aware). A traditional report is converted whole; in
 * a simplified report only the lines holding a traditional-only character are, so characters that
 * are valid simplified (著, 乾, 么) are never touched in simplified prose.
 */
export function toSimplified(text: string): ScriptResult {
  const { traditional, simplified, convert } = scriptTables();
  let hanzi = 0;
  let traditionalOnly = 0;
  const hitLines: number[] = [];
  let lineHits = 0;
  let lineIndex = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code === 10) {
      if (lineHits > 0) hitLines.push(lineIndex);
      lineIndex++;
      lineHits = 0;
      continue;
    }
    if (code >= 0x3400 && code <= 0xfaff && (code <= 0x9fff || code >= 0xf900)) {
      hanzi++;
      if (traditional[code] === 1 && simplified[code] === 0) {
        traditionalOnly++;
        lineHits++;
      }
    }
  }
  if (traditionalOnly === 0) return { text, script: 'simplified', convertedChars: 0 };
  if (traditionalOnly / hanzi >= traditionalShare) {
    return { text: convert(text), script: 'traditional', convertedChars: traditionalOnly };
  }
  const lines = text.split('\n');
  for (const index of hitLines) lines[index] = convert(lines[index]!);
  return { text: lines.join('\n'), script: 'simplified', convertedChars: traditionalOnly };
}

/** Builds the converter ahead of time (a server or a batch pays the start-up once, up front). */
export function warmUpScriptTables(): void {
  scriptTables();
}
