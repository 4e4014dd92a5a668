/**
 * A bank reconciliation's arithmetic (handbook §(d)2 "reconcile monthly"). The books hold every line up to the
 * statement date; the statement shows only the ones the bank has seen. A deposit in the books the bank has not
 * credited yet (deposit in transit) makes the books higher than the statement; a withdrawal or cheque the bank
 * has not paid yet (not presented) makes them lower. What is left after both is the unexplained difference.
 */
export type ReconciliationFigures = {
  readonly untickedInSatang: number;
  readonly untickedOutSatang: number;
  /** The book balance as the statement should show it: book − deposits in transit + cheques not presented. */
  readonly expectedStatementSatang: number;
  /** Statement balance less the expected one: 0 when the unticked lines explain the whole difference. */
  readonly differenceSatang: number;
};

export function reconcile(
  bookBalanceSatang: number,
  statementBalanceSatang: number,
  unticked: readonly { readonly inSatang: number; readonly outSatang: number }[],
): ReconciliationFigures {
  const untickedInSatang = unticked.reduce((sum, line) => sum + line.inSatang, 0);
  const untickedOutSatang = unticked.reduce((sum, line) => sum + line.outSatang, 0);
  const expectedStatementSatang = bookBalanceSatang - untickedInSatang + untickedOutSatang;
  return {
    untickedInSatang,
    untickedOutSatang,
    expectedStatementSatang,
    differenceSatang: statementBalanceSatang - expectedStatementSatang,
  };
}
