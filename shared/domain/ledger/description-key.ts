/** The message key an entry's description is worded by: a collection day of one receipt names that receipt alone. */
export function descriptionKey(description: { code: string; params: Record<string, unknown> }): string {
  return description.code === 'batch' && description.params.first === description.params.last ? 'batch-one' : description.code;
}
