import type { FundProfile } from '../../../../shared/api/fund-types';
import { formatDate } from '../../../../shared/domain/buddhist-date';
import { documentText } from '../../messages';

/** Where the fund is, as one line: its address, ตำบล, อำเภอ, จังหวัด and postcode (what it left blank is left out). */
export function fundPlaceLine(fund: FundProfile): string {
  return [
    fund.address,
    documentText('documents.common.subdistrict', { name: fund.subdistrictName }),
    documentText('documents.common.district', { name: fund.districtName }),
    documentText('documents.common.province', { name: fund.provinceName }),
    fund.postcode,
  ]
    .filter((part) => part.trim() !== '')
    .join(' ');
}

/**
 * The lines every report opens with, under its title: the fund's name, where it is, and the day the figures
 * stand at. Reports that add a filter line put it after these.
 */
export function fundHeadings(fund: FundProfile, asOf: string): string[] {
  return [fund.name, fundPlaceLine(fund), documentText('documents.common.asOf', { date: formatDate(asOf, 'th', 'long') })];
}
