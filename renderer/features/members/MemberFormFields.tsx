import { Button, Checkbox, Col, Divider, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { isValidThaiId } from '../../../shared/domain/members/thai-id';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { PeriodInput } from '../../components/PeriodInput';
import { AddressFields } from './AddressFields';

const titles = ['นาย', 'นาง', 'นางสาว', 'เด็กชาย', 'เด็กหญิง'];

/**
 * The member profile fields, shared by registration and editing. Instant checks use the same rules as the
 * backend (isValidThaiId); the backend still judges, and its refusals land on these fields by name.
 */
export function MemberFormFields() {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('ui.form.required') };
  const dateRule = isoDateRule(t('ui.form.badDate'));
  const noId = Form.useWatch<boolean | undefined>('noId');
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
            <Select data-testid="member-title" options={titles.map((title) => ({ value: title, label: title }))} />
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
      <Divider titlePlacement="start">{t('ui.members.sections.address')}</Divider>
      <AddressFields />
      <Divider titlePlacement="start">{t('ui.members.sections.membership')}</Divider>
      <Row gutter={16}>
        <Col xs={12} md={5}>
          <Form.Item name="appliedOn" label={t('fields.appliedOn')} rules={[required, dateRule]}>
            <BuddhistDateInput data-testid="member-applied-on" />
          </Form.Item>
        </Col>
        <Col xs={12} md={5}>
          <Form.Item name="approvedOn" label={t('fields.approvedOn')} rules={[required, dateRule]}>
            <BuddhistDateInput data-testid="member-approved-on" />
          </Form.Item>
        </Col>
        <Col xs={24} md={7}>
          <Form.Item name="approvalRef" label={t('fields.approvalRef')} rules={[required]}>
            <Input data-testid="member-approval-ref" placeholder={t('ui.members.approvalRefPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={7}>
          <Form.Item name="paidThroughPeriod" label={t('fields.paidThroughPeriod')} extra={t('ui.members.paidThroughHint')}>
            <PeriodInput data-testid="member-paid-through" />
          </Form.Item>
        </Col>
      </Row>
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
