import { Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessLogRow } from '../../../shared/api/privacy-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { localDateTimeOf } from '../../../shared/domain/local-time';
import { api } from '../../api/client';
import { useActorLabel } from '../people/use-actor-label';

/** Who looked at this member's full personal data, when and where, newest first: what she may ask to see. */
export function AccessLogPanel({ memberId }: { memberId: number }) {
  const { t, i18n } = useTranslation();
  const actorLabel = useActorLabel();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [rows, setRows] = useState<AccessLogRow[]>();

  useEffect(() => {
    void api.fund['members.accessLog']({ memberId }).then((result) => setRows(result.ok ? result.value : []));
  }, [memberId]);

  return (
    <>
      <Typography.Paragraph type="secondary">{t('ui.privacy.accessHint')}</Typography.Paragraph>
      <Table<AccessLogRow>
        rowKey="id"
        size="small"
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('documents.memberData.noAccess') }}
        data-testid="access-log"
        columns={[
          {
            title: t('documents.memberData.accessAt'),
            dataIndex: 'at',
            render: (at: string) => {
              const local = localDateTimeOf(at);
              return local ? t('documents.memberData.accessTime', { date: formatDate(local.date, language), time: local.time }) : at;
            },
          },
          // The person is stored by her actor key: shown by her name.
          {
            title: t('documents.memberData.accessBy'),
            dataIndex: 'actor',
            render: (actor: string) => actorLabel(actor),
          },
          {
            title: t('documents.memberData.accessWhere'),
            dataIndex: 'screen',
            render: (screen: string) => t(`documents.memberData.screens.${screen}`),
          },
        ]}
      />
    </>
  );
}
