import type { FundProfile } from '../../../../shared/api/fund-types';
import { formatDate } from '../../../../shared/domain/buddhist-date';
import { documentText } from '../../messages';

/**
 * The lines every report opens with, under its title: the fund's name, where it is, and the day the figures
 * stand at. Reports that add a filter line put it after these.
 */
export function fundHeadings(fund: FundProfile, asOf: string): string[] {
  const place = [
    fund.address,
    documentText('documents.common.subdistrict', { name: fund.subdistrictName }),
    documentText('documents.common.district', { name: fund.districtName }),
    documentText('documents.common.province', { name: fund.provinceName }),
    fund.postcode,
  ]
    .filter((part) => part.trim() !== '')
    .join(' ');
  return [fund.name, place, documentText('documents.common.asOf', { date: formatDate(asOf, 'th', 'long') })];
}
