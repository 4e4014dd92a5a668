import { bahtAndSatang } from '../../../shared/domain/money/money-format';

/** The whole baht of an amount in the form's บาท column (blank on a heading row, which has no amount). */
export const bahtColumn = (satang: number | null) => (satang === null ? '' : bahtAndSatang(satang)[0].toLocaleString('th-TH'));

/** The satang of an amount as two digits in the form's สต. column. */
export const satangColumn = (satang: number | null) => (satang === null ? '' : bahtAndSatang(satang)[1]);
