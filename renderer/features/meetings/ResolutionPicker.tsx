import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary, Resolution, ResolutionTargetKind } from '../../../shared/api/meeting-types';
import { api } from '../../api/client';
import { meetingTitleOn } from './meeting-labels';

/** What a pick names: the resolution, and the meeting it was made at. */
export type PickedResolution = { resolution: Resolution; meeting: MeetingSummary };

type Props = {
  /** Only resolutions deciding this kind of record (a claim's form asks for claim decisions). */
  targetKind?: ResolutionTargetKind;
  value?: number | null;
  onChange?: (resolutionId: number | null, picked: PickedResolution | null) => void;
  id?: string;
  'data-testid'?: string;
};

/** How many held meetings the picker offers: the latest first, which is where a new approval's meeting is. */
const meetingsOffered = 100;

/**
 * "Approved at meeting X, resolution Y" as one pick (issue 17 §2): the held meetings' resolutions, the latest
 * meeting first, filtered by what they decide; typed Thai narrows the list. A form puts it where a free-text
 * meeting reference used to be typed, and keeps the resolution's id.
 */
export function ResolutionPicker({ targetKind, value, onChange, id, 'data-testid': testId }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [meetings, setMeetings] = useState<MeetingSummary[]>();
  useEffect(() => {
    void api.fund['meetings.list']({ state: 'held', targetKind, limit: meetingsOffered }).then(
      (result) => result.ok && setMeetings(result.value.rows),
    );
  }, [targetKind]);
  const picks = new Map<number, PickedResolution>();
  for (const meeting of meetings ?? []) for (const resolution of meeting.resolutions) picks.set(resolution.id, { resolution, meeting });
  return (
    <Select<number>
      id={id}
      data-testid={testId}
      allowClear
      style={{ width: '100%' }}
      showSearch
      loading={!meetings}
      value={value ?? undefined}
      placeholder={t('ui.meetings.pickResolution')}
      notFoundContent={t('ui.meetings.noResolutionToPick')}
      onChange={(picked) => onChange?.(picked ?? null, picked === undefined ? null : (picks.get(picked) ?? null))}
      options={(meetings ?? []).map((meeting) => ({
        label: meetingTitleOn(t, meeting, language),
        options: meeting.resolutions.map((resolution) => ({
          value: resolution.id,
          label: t('ui.meetings.resolutionOption', {
            resolutionNo: resolution.resolutionNo,
            text: resolution.text,
            target: resolution.targetLabel,
          }),
        })),
      }))}
    />
  );
}
