import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../shared/api/application-types';
import type { FundProfile } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatThaiId } from '../../../shared/domain/members/thai-id';
import { NameText } from '../../components/print/NameText';
import { SignatureBlock } from '../../components/print/SignatureBlock';
import { officerSignature, usePrintSettings } from '../../components/print/use-print-settings';

/** A box to tick on paper: ticked once the committee decided that way, empty before. */
const box = (isTicked: boolean) => (isTicked ? '☑' : '☐');
const blank = '....................';

/**
 * The application form (ใบสมัครสมาชิก) on A4, always in Thai: the applicant as she wrote it, her beneficiaries, her
 * signature, and the committee's block (ชุดที่/ครั้งที่/วันที่; รับ/ไม่รับ) filled from the resolution once decided,
 * blank boxes before — the paper the committee signs and files.
 */
export function ApplicationPaper({ application, fund }: { application: Application; fund: FundProfile }) {
  const { i18n } = useTranslation();
  const th = i18n.getFixedT('th');
  const settings = usePrintSettings();
  const { profile, decision } = application;
  const address = [
    profile.houseNo && th('ui.applicationForm.houseNo', { houseNo: profile.houseNo }),
    application.village,
    profile.soi && th('ui.applicationForm.soi', { soi: profile.soi }),
    profile.road && th('ui.applicationForm.road', { road: profile.road }),
    profile.subdistrict && th('ui.applicationForm.subdistrict', { name: profile.subdistrict }),
    profile.district && th('ui.applicationForm.district', { name: profile.district }),
    profile.province && th('ui.applicationForm.province', { name: profile.province }),
    profile.postcode,
  ]
    .filter(Boolean)
    .join(' ');
  const rows: [string, ReactNode][] = [
    [th('fields.fullName'), <NameText key="name" name={application.fullName} />],
    [
      th('fields.citizenId'),
      profile.citizenId ? formatThaiId(profile.citizenId) : th('ui.applicationForm.noId', { reason: profile.noIdReason ?? '' }),
    ],
    [th('fields.birthDate'), formatDate(profile.birthDate, 'th', 'long')],
    [th('fields.gender'), th(`ui.members.${profile.gender}`)],
    [th('ui.applicationForm.address'), address || blank],
    [th('fields.phone'), profile.phone || blank],
    ...(profile.categories.length > 0
      ? ([[th('fields.categories'), profile.categories.map((category) => th(`memberCategories.${category}`)).join(', ')]] as [
          string,
          string,
        ][])
      : []),
  ];
  const isApproved = application.state === 'approved';
  const isRefused = application.state === 'refused';
  return (
    <div className="receipt-paper" data-testid="application-paper">
      <h2>{th('ui.applicationForm.title')}</h2>
      <div style={{ textAlign: 'center' }}>
        <NameText name={fund.name} />
      </div>
      <p style={{ textAlign: 'right' }}>{th('ui.applicationForm.writtenOn', { date: formatDate(application.appliedOn, 'th', 'long') })}</p>
      <table>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th style={{ width: 180, textAlign: 'left' }}>{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{th('ui.applicationForm.pledge', { fund: fund.name })}</p>
      <strong>{th('ui.applicationForm.beneficiaries')}</strong>
      <table data-testid="application-beneficiaries">
        <thead>
          <tr>
            <th>{th('fields.fullName')}</th>
            <th>{th('ui.applicationForm.relationship')}</th>
            <th>{th('ui.applicationForm.share')}</th>
            <th>{th('fields.citizenId')}</th>
          </tr>
        </thead>
        <tbody>
          {(profile.beneficiaries.length > 0 ? profile.beneficiaries : [undefined]).map((beneficiary, index) => (
            <tr key={index}>
              <td>{beneficiary?.fullName ?? blank}</td>
              <td>{beneficiary?.relationship ?? ''}</td>
              <td style={{ textAlign: 'center' }}>{beneficiary?.share ?? ''}</td>
              <td>{beneficiary?.citizenId ? formatThaiId(beneficiary.citizenId) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SignatureBlock signatures={[{ duty: th('ui.applicationForm.applicant'), name: application.fullName }]} />
      <div style={{ border: '1px solid #000', padding: '8px 12px', marginTop: 12 }} data-testid="application-committee-block">
        <strong>{th('ui.applicationForm.committee')}</strong>
        <p style={{ margin: '6px 0' }}>
          {th('ui.applicationForm.meeting', {
            termNo: decision?.termNo ?? blank,
            meetingNo: decision ? `${decision.meetingNo}/${decision.meetingYear + 543}` : blank,
            date: decision ? formatDate(decision.meetingOn, 'th', 'long') : blank,
            resolutionNo: decision?.resolutionNo ?? blank,
          })}
        </p>
        <p style={{ margin: '6px 0' }}>
          {box(isApproved)} {th('ui.applicationForm.admit')}
          {isApproved && decision?.memberNo ? ` ${th('ui.applicationForm.memberNo', { memberNo: decision.memberNo })}` : ''}
          {'　　'}
          {box(isRefused)} {th('ui.applicationForm.refuse')}
          {isRefused ? ` ${th('ui.applicationForm.because', { reason: decision?.refusalReason ?? '' })}` : ''}
        </p>
        <SignatureBlock
          signatures={[
            officerSignature(settings, 'secretary', th('ui.applicationForm.secretary')),
            officerSignature(settings, 'chair', th('ui.claimSheet.chair')),
          ]}
        />
      </div>
    </div>
  );
}
