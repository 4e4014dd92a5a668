import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberDetail } from '../../../shared/api/fund-types';
import type { PersonalData } from '../../../shared/api/privacy-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatThaiId } from '../../../shared/domain/members/thai-id';
import { maskThaiId } from '../../../shared/domain/privacy/consent';
import { WriteAction } from '../../app/fund-access';
import { villageLabel } from '../villages/village-label';

/**
 * A member's personal fields as the profile tab shows them: the ID masked and the birth date, phone, address and
 * beneficiaries hidden until someone asks with "show", which the backend logs (members.revealPersonal). Her
 * categories, her dates and her consent are not hidden: the treasurer needs them to work.
 */
export function PersonalDescriptions({
  member,
  personal,
  onReveal,
}: {
  member: MemberDetail;
  /** Her full personal data, once revealed (and logged) for this page. */
  personal: PersonalData | undefined;
  onReveal: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const hidden = <Tag data-testid="personal-hidden">{t('ui.privacy.hidden')}</Tag>;
  const address = personal
    ? [
        personal.houseNo,
        member.village ? villageLabel(t, member.village) : '',
        personal.soi,
        personal.road,
        personal.subdistrict,
        personal.district,
        personal.province,
        personal.postcode,
      ]
        .filter(Boolean)
        .join(' ')
    : undefined;
  const idText = (citizenId: string | null, noIdReason: string | null, full: boolean) =>
    citizenId ? (full ? formatThaiId(citizenId) : maskThaiId(citizenId)) : `— (${noIdReason ?? ''})`;

  return (
    <>
      {member.personalClearedOn ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="personal-cleared"
          title={t('ui.privacy.cleared', { date: formatDate(member.personalClearedOn, language) })}
        />
      ) : (
        !personal && (
          <WriteAction>
            <Button icon={<EyeOutlined />} style={{ marginBottom: 12 }} onClick={onReveal} data-testid="reveal-personal">
              {t('ui.privacy.reveal')}
            </Button>
          </WriteAction>
        )
      )}
      {personal && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="personal-logged" title={t('ui.privacy.logged')} />
      )}
      <Descriptions bordered column={2} size="small">
        <Descriptions.Item label={t('fields.citizenId')}>
          <span data-testid="member-citizen-id-view">
            {personal ? idText(personal.citizenId, personal.noIdReason, true) : idText(member.citizenId, member.noIdReason, false)}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.gender')}>{t(`ui.members.${member.gender}`)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.birthDate')}>
          {personal ? formatDate(personal.birthDate, language, 'long') : hidden}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.phone')}>{personal ? personal.phone : hidden}</Descriptions.Item>
        <Descriptions.Item label={t('fields.address')} span={2}>
          {address ?? hidden}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.beneficiaries')} span={2}>
          {personal
            ? personal.beneficiaries.map((person) => `${person.fullName} (${person.relationship}, ${person.share})`).join(', ') || '—'
            : hidden}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.consent')} span={2}>
          <span data-testid="member-consent">{consentText(t, member, language)}</span>
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}

function consentText(t: (key: string, params?: Record<string, string>) => string, member: MemberDetail, language: 'th' | 'en'): string {
  const consent = member.consent;
  if (!consent) return t('documents.memberData.consentNone');
  return t(consent.given ? 'documents.memberData.consentGiven' : 'documents.memberData.consentRefused', {
    date: formatDate(consent.recordedOn, language),
    how: t(`documents.memberData.consentMethods.${consent.method}`),
    form: consent.formNo === '' ? '' : t('documents.memberData.consentFormNo', { formNo: consent.formNo }),
  });
}
