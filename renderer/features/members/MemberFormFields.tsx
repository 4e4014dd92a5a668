import { Button, Checkbox, Col, Divider, Form, Input, InputNumber, Radio, Row, Select, Space } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { joinedBeforeOpening } from '../../../shared/domain/members/opening-dues';
import { isValidThaiId } from '../../../shared/domain/members/thai-id';
import { thaiTitles, titleInfo } from '../../../shared/domain/members/titles';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { PeriodInput } from '../../components/PeriodInput';
import { AddressFields } from './AddressFields';
import { ConsentFields } from './ConsentFields';
import { CitationFields } from '../meetings/CitationFields';
import { storedMemberCategories } from '../../../shared/domain/members/member-categories';
import type { MemberFormValues, OpeningDues } from './member-form-values';

// Each title answers to its abbreviation and English too: "น.ส." or "Miss" finds นางสาว (issue 14 §16).
const titleOptions = thaiTitles.map((info) => ({ value: info.title, label: info.title, keywords: info.keywords }));

/**
 * The member profile fields, shared by registration and editing. Instant checks use the same rules as the
 * backend (isValidThaiId); the backend still judges, and its refusals land on these fields by name. The title
 * suggests the gender; a member approved before the fund's opening date (`openedOn`) must say how her dues
 * stood then (issue 14 §4, §16).
 */
export function MemberFormFields({
  openedOn,
  subdistrictCode,
  approval = 'words',
}: {
  openedOn?: string;
  subdistrictCode?: string;
  /**
   * How the committee's approval is entered: its words (editing a member), a resolution picked or, before the
   * fund kept its meetings in the app, the words (registering), or not at all (an application still waiting).
   */
  approval?: 'words' | 'citation' | 'none';
}) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance<MemberFormValues>();
  const required = { required: true, whitespace: true, message: t('ui.form.required') };
  const dateRule = isoDateRule(t('ui.form.badDate'));
  const noId = Form.useWatch<boolean | undefined>('noId');
  const approvedOn = Form.useWatch<string | undefined>('approvedOn');
  const openingDues = Form.useWatch<OpeningDues | undefined>('openingDues');
  const isBeforeOpening =
    openedOn !== undefined && approvedOn !== undefined && approvedOn !== '' && joinedBeforeOpening(approvedOn, openedOn);
  const openedOnText = openedOn ? formatDate(openedOn, i18n.language === 'en' ? 'en' : 'th') : '';
  // The gender follows the title while it is the one the previous title suggested (or empty); a gender chosen
  // against the title stays, and saving asks once (use-title-doubts.tsx).
  const lastTitle = useRef<string | undefined>(form.getFieldValue('title') as string | undefined);
  function suggestGender(title: string) {
    const previous = titleInfo(lastTitle.current)?.gender;
    lastTitle.current = title;
    const suggested = titleInfo(title)?.gender;
    const gender = form.getFieldValue('gender') as string | undefined;
    if (suggested && (gender === undefined || gender === previous)) form.setFieldValue('gender', suggested);
  }
  const citizenIdRule = {
    validator: (_rule: unknown, value: string | undefined) =>
      value && !isValidThaiId(value)
        ? Promise.reject(new Error(t('errors.bad-thai-id', { fieldLabel: t('fields.citizenId') })))
        : Promise.resolve(),
  };
  return (
    <>
      <Divider titlePlacement="start">{t('ui.members.sections.identity')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={9}>
          <Form.Item name="citizenId" label={t('fields.citizenId')} rules={noId ? [] : [required, citizenIdRule]}>
            <Input
              data-testid="member-citizen-id"
              disabled={noId}
              placeholder="x-xxxx-xxxxx-xx-x"
              maxLength={17}
              inputMode="numeric"
              autoFocus
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="noId" valuePropName="checked" label=" ">
            <Checkbox data-testid="member-no-id">{t('ui.members.noId')}</Checkbox>
          </Form.Item>
        </Col>
        <Col xs={24} md={9}>
          {noId && (
            <Form.Item name="noIdReason" label={t('fields.noIdReason')} rules={[required]}>
              <Input data-testid="member-no-id-reason" />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={12} md={4}>
          <Form.Item name="title" label={t('fields.title')} rules={[{ required: true, message: t('ui.form.required') }]}>
            <Select data-testid="member-title" options={titleOptions} onChange={suggestGender} />
          </Form.Item>
        </Col>
        <Col xs={12} md={7}>
          <Form.Item name="firstName" label={t('fields.firstName')} rules={[required]}>
            <Input data-testid="member-first-name" />
          </Form.Item>
        </Col>
        <Col xs={12} md={7}>
          <Form.Item name="lastName" label={t('fields.lastName')} rules={[required]}>
            <Input data-testid="member-last-name" />
          </Form.Item>
        </Col>
        <Col xs={12} md={3}>
          <Form.Item name="gender" label={t('fields.gender')} rules={[{ required: true, message: t('ui.form.required') }]}>
            <Select
              data-testid="member-gender"
              options={[
                { value: 'female', label: t('ui.members.female') },
                { value: 'male', label: t('ui.members.male') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={3}>
          <Form.Item name="birthDate" label={t('fields.birthDate')} rules={[required, dateRule]}>
            <BuddhistDateInput data-testid="member-birth-date" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="categories" label={t('fields.categories')} extra={t('ui.members.categoriesHint')}>
        <Checkbox.Group
          data-testid="member-categories"
          options={storedMemberCategories.map((category) => ({ value: category, label: t(`memberCategories.${category}`) }))}
        />
      </Form.Item>
      <Divider titlePlacement="start">{t('ui.members.sections.address')}</Divider>
      <AddressFields subdistrictCode={subdistrictCode} />
      <Divider titlePlacement="start">{t('ui.members.sections.membership')}</Divider>
      <Row gutter={16}>
        <Col xs={12} md={5}>
          <Form.Item name="appliedOn" label={t('fields.appliedOn')} rules={[required, dateRule]}>
            <BuddhistDateInput data-testid="member-applied-on" />
          </Form.Item>
        </Col>
        {approval !== 'none' && (
          <Col xs={12} md={5}>
            <Form.Item name="approvedOn" label={t('fields.approvedOn')} rules={[required, dateRule]}>
              <BuddhistDateInput data-testid="member-approved-on" />
            </Form.Item>
          </Col>
        )}
        {approval === 'words' && (
          <Col xs={24} md={14}>
            <Form.Item name="approvalRef" label={t('fields.approvalRef')} rules={[required]}>
              <Input data-testid="member-approval-ref" placeholder={t('ui.members.approvalRefPlaceholder')} />
            </Form.Item>
          </Col>
        )}
        {approval === 'citation' && (
          <Col xs={24} md={14}>
            <CitationFields
              targetKind="member-approval"
              resolutionField="approvalResolutionId"
              wordsField="approvalRef"
              wordsLabel={t('fields.approvalRef')}
              wordsAlwaysAllowed
              testId="member-approval"
              wordsTestId="member-approval-ref"
            />
          </Col>
        )}
      </Row>
      {isBeforeOpening && (
        <Row gutter={16} data-testid="member-opening-dues-block">
          <Col xs={24} md={14}>
            <Form.Item
              name="openingDues"
              label={t('ui.members.openingDues.label', { date: openedOnText })}
              rules={[{ required: true, message: t('ui.members.openingDues.required') }]}
            >
              <Radio.Group data-testid="member-opening-dues">
                <Space direction="vertical">
                  <Radio value="paid-through" data-testid="member-opening-paid-through">
                    {t('ui.members.openingDues.paidThrough')}
                  </Radio>
                  <Radio value="no-arrears" data-testid="member-opening-no-arrears">
                    {t('ui.members.openingDues.noArrears', { date: openedOnText })}
                  </Radio>
                </Space>
              </Radio.Group>
            </Form.Item>
          </Col>
          {openingDues === 'paid-through' && (
            <Col xs={24} md={10}>
              <Form.Item
                name="paidThroughPeriod"
                label={t('fields.paidThroughPeriod')}
                extra={t('ui.members.paidThroughHint')}
                rules={[{ required: true, message: t('ui.members.openingDues.periodRequired') }]}
              >
                <PeriodInput data-testid="member-paid-through" />
              </Form.Item>
            </Col>
          )}
        </Row>
      )}
      <ConsentFields />
      <Divider titlePlacement="start">{t('fields.beneficiaries')}</Divider>
      <Form.List name="beneficiaries">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="start" wrap>
                <Form.Item name={[field.name, 'fullName']} label={t('fields.fullName')} rules={[required]}>
                  <Input style={{ width: 260 }} data-testid={`beneficiary-name-${index}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'relationship']} label={t('fields.relationship')} rules={[required]}>
                  <Input style={{ width: 150 }} data-testid={`beneficiary-relationship-${index}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'share']} label={t('fields.share')}>
                  <InputNumber min={1} max={100} style={{ width: 90 }} data-testid={`beneficiary-share-${index}`} />
                </Form.Item>
                <Form.Item label=" ">
                  <Button onClick={() => remove(field.name)} data-testid={`beneficiary-remove-${index}`}>
                    {t('ui.common.remove')}
                  </Button>
                </Form.Item>
              </Space>
            ))}
            <div>
              <Button type="dashed" onClick={() => add({ share: 1 })} data-testid="add-beneficiary">
                {t('ui.members.addBeneficiary')}
              </Button>
            </div>
          </>
        )}
      </Form.List>
    </>
  );
}
