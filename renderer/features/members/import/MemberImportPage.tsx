import { Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCommitResult } from '../../../../shared/api/member-import-types';
import { formatDate, formatPeriod } from '../../../../shared/domain/buddhist-date';
import { dateFields, importFields, type ImportField } from '../../../../shared/domain/members/import/import-fields';
import type { ImportedProfile } from '../../../../shared/domain/members/import/import-rows';
import { formatThaiId } from '../../../../shared/domain/members/thai-id';
import type { Navigate } from '../../../app/route';
import { SheetImportPage } from '../../imports/SheetImportPage';
import type { PreviewColumn } from '../../imports/ImportPreviewTable';
import { useVillages } from '../../villages/use-villages';
import { villageLabel } from '../../villages/village-label';

const shownFields: readonly ImportField[] = [
  'citizenId',
  'title',
  'firstName',
  'lastName',
  'gender',
  'birthDate',
  'village',
  'approvedOn',
  'paidThrough',
];

/**
 * Members from Excel or CSV (issue 19 §1), through the shared import page: each row as it will be registered —
 * dates in B.E., the village from the register — and the approval's words for rows whose sheet gives none.
 */
export function MemberImportPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const { villages } = useVillages();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [approvalRef, setApprovalRef] = useState('');

  function shown(profile: Partial<ImportedProfile>, field: ImportField): string {
    switch (field) {
      case 'citizenId':
        return profile.citizenId ? formatThaiId(profile.citizenId) : (profile.noIdReason ?? '');
      case 'gender':
        return profile.gender ? t(`ui.members.${profile.gender}`) : '';
      case 'birthDate':
      case 'approvedOn':
        return profile[field] ? formatDate(profile[field], language) : '';
      case 'village': {
        const village = villages?.find((candidate) => candidate.id === profile.villageId);
        return village ? villageLabel(t, village) : '';
      }
      case 'paidThrough':
        if (profile.noArrearsAtOpening) return t('ui.memberImport.noArrears');
        return profile.paidThroughPeriod ? formatPeriod(profile.paidThroughPeriod, language) : '';
      default: {
        const value = profile[field as keyof ImportedProfile];
        return typeof value === 'string' ? value : '';
      }
    }
  }

  const previewColumns: PreviewColumn<ImportField, ImportedProfile>[] = shownFields.map((field) => ({
    field,
    width: field === 'citizenId' ? 170 : 120,
    shown: (profile) => shown(profile, field),
  }));

  return (
    <SheetImportPage<ImportField, ImportedProfile, ImportCommitResult>
      setup={{
        methods: 'memberImport',
        title: t('ui.memberImport.title'),
        intro: t('ui.memberImport.intro'),
        back: { label: t('ui.memberImport.back'), go: () => navigate({ page: 'members' }) },
        fields: importFields,
        dateFields,
        previewColumns,
        previewExtras: { defaultApprovalRef: approvalRef.trim() },
        mappingControls: (
          // A visible label: the placeholder alone is gone once she types, and the field's purpose with it.
          <Space wrap>
            <label htmlFor="import-approval-ref">{t('ui.memberImport.approvalRef')}</label>
            <Input
              id="import-approval-ref"
              style={{ width: 380 }}
              value={approvalRef}
              onChange={(event) => setApprovalRef(event.target.value)}
              placeholder={t('ui.memberImport.approvalRefPlaceholder')}
              aria-label={t('ui.memberImport.approvalRef')}
              data-testid="import-approval-ref"
              maxLength={100}
            />
          </Space>
        ),
        commitLabel: (count) => t('ui.memberImport.commit', { count }),
        done: (committed) =>
          t('ui.memberImport.done', {
            imported: committed.imported,
            rejected: committed.rejected,
            first: committed.firstMemberNo ?? '',
            last: committed.lastMemberNo ?? '',
          }),
      }}
    />
  );
}
