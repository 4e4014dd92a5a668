import { Button, Checkbox, Col, Divider, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { isValidThaiId } from '../../../shared/domain/members/thai-id';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';

const titles = ['นาย', 'นาง', 'นางสาว', 'เด็กชาย', 'เด็กหญิง'];

/** The member profile fields, shared by registration and editing; instant checks mirror the backend's. */
export function MemberFormFields() {
  const { t } = useTranslation();
  const required = { required: true, message: t('ui.form.required') };
  const dateRule = isoDateRule(t('ui.form.badDate'));
  const noId = Form.useWatch<boolean | undefined>('noId');
  return (
    <>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item
            name="citizenId"
            label={t('fields.citizenId')}
            rules={
              noId
                ? []
                : [required, { validator: async (_rule, value: string) => { if (value && !isValidThaiId(value)) throw new Error(t('errors.bad-thai-id', { fieldLabel: t('fields.citizenId') })); } }]
            }
          >
            <Input data-testid="member-citizen-id" disabled={noId} placeholder="x-xxxx-xxxxx-xx-x" maxLength={17} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="noId" valuePropName="checked" label=" ">
            <Checkbox data-testid="member-no-id">{t('ui.members.noId')}</Checkbox>
          </Form.Item>
        </Col>
        <Col span={10}>
          {noId && (
            <Form.Item name="noIdReason" label={t('fields.noIdReason')} rules={[required]}>
              <Input data-testid="member-no-id-reason" />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={4}>
          <Form.Item name="title" label={t('fields.title')} rules={[required]}>
            <Select data-testid="member-title" options={titles.map((title) => ({ value: title, label: title }))} />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="firstName" label={t('fields.firstName')} rules={[required]}>
            <Input data-testid="member-first-name" />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="lastName" label={t('fields.lastName')} rules={[required]}>
            <Input data-testid="member-last-name" />
          </Form.Item>
        </Col>
        <Col span={3}>
          <Form.Item name="gender" label={t('fields.gender')} rules={[required]}>
            <Select data-testid="member-gender" options={[{ value: 'female', label: t('ui.members.female') }, { value: 'male', label: t('ui.members.male') }]} />
          </Form.Item>
        </Col>
        <Col span={3}>
          <Form.Item name="birthDate" label={t('fields.birthDate')} rules={[required, dateRule]}>
            <BuddhistDateInput data-testid="member-birth-date" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        {(['houseNo', 'moo', 'village', 'soi', 'road'] as const).map((name) => (
          <Col span={name === 'houseNo' || name === 'moo' ? 3 : 6} key={name}>
            <Form.Item name={name} label={t(`fields.${name}`)}>
              {name === 'moo' ? <InputNumber min={0} max={99} style={{ width: '100%' }} data-testid="member-moo" /> : <Input />}
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        {(['subdistrict', 'district', 'province', 'postcode', 'phone'] as const).map((name) => (
          <Col span={name === 'postcode' ? 3 : name === 'phone' ? 5 : 5} key={name}>
            <Form.Item name={name} label={t(`fields.${name}`)}>
              <Input />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        <Col span={5}>
          <Form.Item name="appliedOn" label={t('fields.appliedOn')} rules={[required, dateRule]}>
            <BuddhistDateInput data-testid="member-applied-on" />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item name="approvedOn" label={t('fields.approvedOn')} rules={[required, dateRule]}>
            <BuddhistDateInput data-testid="member-approved-on" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="approvalRef" label={t('fields.approvalRef')} rules={[required]}>
            <Input data-testid="member-approval-ref" placeholder={t('ui.members.approvalRefPlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="paidThroughPeriod" label={t('fields.paidThroughPeriod')} extra={t('ui.members.paidThroughHint')}>
            <Input placeholder="2567-09" data-testid="member-paid-through" />
          </Form.Item>
        </Col>
      </Row>
      <Divider>{t('fields.beneficiaries')}</Divider>
      <Form.List name="beneficiaries">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline">
                <Form.Item name={[field.name, 'fullName']} label={t('fields.fullName')} rules={[required]}>
                  <Input style={{ width: 240 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'relationship']} label={t('fields.relationship')} rules={[required]}>
                  <Input style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'share']} label={t('fields.share')} initialValue={1}>
                  <InputNumber min={1} max={100} />
                </Form.Item>
                <Button onClick={() => remove(field.name)}>{t('ui.common.remove')}</Button>
              </Space>
            ))}
            <Button type="dashed" onClick={() => add({ share: 1 })} data-testid="add-beneficiary">
              {t('ui.members.addBeneficiary')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
