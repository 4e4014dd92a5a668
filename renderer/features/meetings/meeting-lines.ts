/** Text typed one item a line, as a list: blank lines dropped, each line trimmed. */
export function linesOf(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
