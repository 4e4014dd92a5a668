import { failure, type Failure, type LineReason, type Outcome } from './container-result';
import { defaultSyncLimits } from './limits';

/** Called once per complete line (without its newline), numbered from 1; a failure stops the reading. */
export type LineHandler<Reason extends string = never> = (line: string, lineNumber: number) => Failure<Reason> | void;

const newline = 0x0a;
const byteOrderMark = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Splits an entry's inflated chunks into NDJSON lines, holding at most one line of at most `maxLineBytes`: a
 * longer line is refused as its bytes arrive, before it is buffered (readline would buffer it whole). Each line
 * must be UTF-8 (checked strictly; a newline byte never occurs inside a UTF-8 sequence, so lines decode alone),
 * the part must not start with a byte-order mark, and its last line must end with a newline, as ours do.
 * Feed it from `streamEntry` (`(chunk) => splitter.push(chunk)`), then call `end()`.
 */
export class LineSplitter<Reason extends string = never> {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private lineNumber = 1;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

  constructor(
    private readonly onLine: LineHandler<Reason>,
    private readonly maxLineBytes: number = defaultSyncLimits.lineBytes,
  ) {}

  push(chunk: Buffer): Failure<LineReason | Reason> | void {
    let start = 0;
    while (start <= chunk.length) {
      const end = chunk.indexOf(newline, start);
      const piece = chunk.subarray(start, end === -1 ? chunk.length : end);
      if (this.pendingBytes + piece.length > this.maxLineBytes) {
        return failure('line-too-long', `line ${this.lineNumber} is longer than ${this.maxLineBytes} bytes`);
      }
      if (piece.length > 0) {
        this.pending.push(piece);
        this.pendingBytes += piece.length;
      }
      if (end === -1) return;
      const refused = this.finishLine();
      if (refused) return refused;
      start = end + 1;
    }
  }

  end(): Failure<LineReason> | void {
    if (this.pendingBytes > 0) return failure('bad-encoding', `line ${this.lineNumber} does not end with a newline`);
  }

  private finishLine(): Failure<LineReason | Reason> | void {
    // Most lines lie inside one inflated chunk: no copy then.
    const bytes = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    const number = this.lineNumber;
    this.lineNumber += 1;
    if (number === 1 && bytes.subarray(0, 3).equals(byteOrderMark)) return failure('bad-encoding', 'starts with a byte-order mark');
    let text: string;
    try {
      text = this.decoder.decode(bytes);
    } catch {
      return failure('bad-encoding', `line ${number} is not UTF-8`);
    }
    return this.onLine(text, number);
  }
}

/**
 * JSON.parse after a scan that refuses nesting deeper than `maxDepth` (arrays and objects; a scalar is depth 0),
 * so a line of 30,000 brackets never reaches the parser's recursion. The scan skips strings, escapes included.
 */
export function parseJsonBounded(
  text: string,
  maxDepth: number = defaultSyncLimits.jsonDepth,
): Outcome<{ readonly value: unknown }, 'bad-json' | 'too-deep'> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (escaped) escaped = false;
      else if (code === 0x5c) escaped = true;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > maxDepth) return failure('too-deep', `nested deeper than ${maxDepth}`);
    } else if (code === 0x7d || code === 0x5d) {
      depth -= 1;
    }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return failure('bad-json', (error as Error).message);
  }
}
