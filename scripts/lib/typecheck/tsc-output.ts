/**
 * Reads what `tsc --pretty false` prints: `path(line,col): error TS2339: message`, where a long message goes on
 * in indented lines. Lines that are no diagnostic (a crash, a config error) are kept as they are, never dropped.
 */
export interface TscDiagnostic {
  file: string;
  line: number;
  column: number;
  category: 'error' | 'warning' | 'message';
  /** `TS2339` */
  code: string;
  /** The whole message, its indented lines included. */
  message: string;
}

export type TscLine = { diagnostic: TscDiagnostic } | { text: string };

const DIAGNOSTIC = /^(.+)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/;

export function readTscOutput(output: string): TscLine[] {
  const lines: TscLine[] = [];
  for (const raw of output.split(/\r?\n/)) {
    const last = lines.at(-1);
    if (raw.startsWith(' ') && last !== undefined && 'diagnostic' in last) {
      last.diagnostic.message += `\n${raw}`;
      continue;
    }
    const m = DIAGNOSTIC.exec(raw);
    if (m) lines.push({ diagnostic: { file: m[1]!, line: Number(m[2]), column: Number(m[3]), category: m[4] as TscDiagnostic['category'], code: m[5]!, message: m[6]! } });
    else if (raw.trim() !== '') lines.push({ text: raw });
  }
  return lines;
}

export function formatDiagnostic(d: TscDiagnostic): string {
  return `${d.file}(${d.line},${d.column}): ${d.category} ${d.code}: ${d.message}`;
}
