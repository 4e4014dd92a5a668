import { Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberVersion } from '../../../shared/api/fund-types';
import { formatInstant, formatPeriod } from '../../../shared/domain/buddhist-date';
import { api } from '../../api/client';
import { useActorLabel } from '../people/use-actor-label';

/**
 * Every saved version of the profile, newest first. Earlier phones and addresses are personal data like today's:
 * hidden until the page's logged look (`isRevealed`), as on the profile tab (issue 20 §3).
 */
export function HistoryPanel({ memberId, isRevealed }: { memberId: number; isRevealed: boolean }) {
  const { t, i18n } = useTranslation();
  const actorLabel = useActorLabel();
  const [versions, setVersions] = useState<MemberVersion[]>([]);
  useEffect(() => {
    void api.fund['members.history']({ memberId }).then((result) => result.ok && setVersions(result.value));
  }, [memberId]);
  const language = i18n.language === 'en' ? 'en' : 'th';
  // How a pre-opening member's dues stood at the opening date changes her arrears: shown when any version says.
  const openingDues = (profile: MemberVersion['profile']) =>
    profile.paidThroughPeriod
      ? t('ui.contributions.openingPaidThrough', { period: formatPeriod(profile.paidThroughPeriod, language) })
      : profile.noArrearsAtOpening
        ? t('ui.contributions.openingNoArrears')
        : '';
  const hidden = <Tag>{t('ui.privacy.hidden')}</Tag>;
  const hasOpeningDues = versions.some((version) => openingDues(version.profile) !== '');
  return (
    <Table<MemberVersion>
      rowKey="version"
      size="small"
      pagination={false}
      dataSource={versions}
      columns={[
        { title: t('ui.members.versionColumn'), dataIndex: 'version', width: 90 },
        {
          title: t('ui.members.recordedAt'),
          dataIndex: 'recordedAt',
          render: (value: string) => formatInstant(value, language),
        },
        // The recorder is stored by her actor key: shown by her name.
        { title: t('ui.members.recordedBy'), dataIndex: 'actor', render: (value: string) => actorLabel(value) },
        { title: t('fields.fullName'), render: (_value, row) => `${row.profile.title}${row.profile.firstName} ${row.profile.lastName}` },
        { title: t('fields.phone'), render: (_value, row) => (isRevealed ? row.profile.phone : hidden) },
        {
          title: t('fields.address'),
          // `place` says where she lived by that version, whether it was saved before the villages register or after.
          render: (_value, row) => (isRevealed ? [row.profile.houseNo, row.place].filter((part) => part !== '').join(' ') : hidden),
        },
        ...(hasOpeningDues
          ? [{ title: t('ui.members.openingDuesColumn'), render: (_value: unknown, row: MemberVersion) => openingDues(row.profile) }]
          : []),
      ]}
    />
  );
}
