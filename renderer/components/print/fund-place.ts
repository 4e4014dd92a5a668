import type { TFunction } from 'i18next';
import type { PrintedFund } from '../../../shared/api/fund-types';

/** Where the fund is, on one line as its reports print it: address, ตำบล, อำเภอ, จังหวัด and postcode. */
export function fundPlace(fund: PrintedFund, th: TFunction): string {
  return [
    fund.address,
    fund.subdistrictName && th('documents.common.subdistrict', { name: fund.subdistrictName }),
    fund.districtName && th('documents.common.district', { name: fund.districtName }),
    fund.provinceName && th('documents.common.province', { name: fund.provinceName }),
    fund.postcode,
  ]
    .filter((part) => part.trim() !== '')
    .join(' ');
}
