/**
 * The paper a page prints on, told to the print dialog for as long as the page is shown: A4 is every paper's
 * default (app.css); a fund's A5 receipts and the committee's wide meeting paper say otherwise here. The page's
 * own @page rule, rather than a named page, so the browser lays the paper out at the width it prints at.
 */
export function PageSize({ size, margin = '12mm' }: { size: 'A4 portrait' | 'A4 landscape' | 'A5 portrait'; margin?: string }) {
  return <style>{`@media print { @page { size: ${size}; margin: ${margin}; } }`}</style>;
}
