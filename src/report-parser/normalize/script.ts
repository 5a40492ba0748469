import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

interface ScriptTables {
  /** 1 for every BMP code point that a traditional→simplified conversion changes on its own. */
  traditional: Uint8Array;
  convert: Convert;
}

let tables: ScriptTables | undefined;

/**
 * OpenCC's converters take ~0.25 s to build and ~0.3 µs per character to run, so they are built
 * once, and only lines that hold a traditional character are run through them: a simplified
 * report (the common case) costs one table look-up per character.
 */
function scriptTables(): ScriptTables {
  if (tables) return tables;
  // Taiwan and Hong Kong variants both occur (衞/衛, 綫/線); each converter knows its own.
  const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const convert: Convert = (text) => fromTaiwan(fromHongKong(text));
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
  tables = { traditional, convert };
  return tables;
}

export interface ScriptResult {
  text: string;
  script: 'simplified' | 'traditional';
  /** Characters converted from traditional to simplified. */
  convertedChars: number;
}

/**
 * A report counts as traditional when a noticeable share of its Chinese characters are
 * traditional forms: real traditional text runs at 15–30 %, a simplified text quoting a name or
 * two stays far below 5 %.
 */
const traditionalShare = 0.05;

/** Traditional → simplified (OpenCC hk/tw → cn), line by line, only where needed. */
export function toSimplified(text: string): ScriptResult {
  const { traditional, convert } = scriptTables();
  let hanzi = 0;
  let converted = 0;
  const lines = text.split('\n');
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    let hits = 0;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (code >= 0x3400 && code <= 0xfaff) {
        if (code <= 0x9fff || code >= 0xf900) hanzi++;
        hits += traditional[code]!;
      }
    }
    if (hits > 0) {
      lines[l] = convert(line);
      converted += hits;
    }
  }
  return {
    text: converted > 0 ? lines.join('\n') : text,
    script: hanzi > 0 && converted / hanzi >= traditionalShare ? 'traditional' : 'simplified',
    convertedChars: converted,
  };
}

/** Builds the converter ahead of time (a server or a batch pays the start-up once, up front). */
export function warmUpScriptTables(): void {
  scriptTables();
}
