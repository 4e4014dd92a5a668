import type { TFunction } from 'i18next';
import type { BylawVersionSummary } from '../../../shared/api/bylaw-types';
import { formatDate } from '../../../shared/domain/buddhist-date';

/** "ฉบับเดิม" for the bylaw as first adopted, "แก้ไขครั้งที่ 2" for an amendment. */
export function amendmentLabel(t: TFunction, amendmentNo: number): string {
  return amendmentNo === 0 ? t('ui.bylaws.original') : t('ui.bylaws.amendment', { amendmentNo });
}

/** The adopting meeting as papers name it, or as it was typed for a bylaw adopted before the app. */
export function adoptingMeeting(version: Pick<BylawVersionSummary, 'citation' | 'adoptedAtText'>): string {
  return version.citation?.reference ?? version.adoptedAtText;
}

/** "1 ม.ค. 2549 – 28 ก.พ. 2569", "… – ถึงปัจจุบัน"; a voided version was never in force. */
export function inForceText(t: TFunction, version: BylawVersionSummary, today: string, language: 'th' | 'en'): string {
  if (!version.inForce) return '';
  if (version.inForce.from > today) return t('ui.bylaws.notYet');
  return t('ui.bylaws.period', {
    from: formatDate(version.inForce.from, language),
    until: version.inForce.until === null ? t('ui.bylaws.untilNow') : formatDate(version.inForce.until, language),
  });
}
