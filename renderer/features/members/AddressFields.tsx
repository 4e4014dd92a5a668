import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { VillageSelect } from '../villages/VillageSelect';

/**
 * บ้านเลขที่, หมู่ and หมู่บ้าน (one choice from the villages register), ซอย, ถนน, ตำบล, อำเภอ, จังหวัด,
 * รหัสไปรษณีย์, โทรศัพท์: the order of the paper form.
 */
export function AddressFields({ subdistrictCode }: { subdistrictCode?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={16}>
        <Col xs={12} md={3}>
          <Form.Item name="houseNo" label={t('fields.houseNo')}>
            <Input data-testid="member-house-no" />
          </Form.Item>
        </Col>
        <Col xs={24} md={9}>
          <Form.Item name="villageId" label={t('fields.villageId')}>
            <VillageSelect subdistrictCode={subdistrictCode} />
          </Form.Item>
        </Col>
        {(['soi', 'road'] as const).map((name) => (
          <Col xs={24} md={6} key={name}>
            <Form.Item name={name} label={t(`fields.${name}`)}>
              <Input data-testid={`member-${name}`} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        {(['subdistrict', 'district', 'province'] as const).map((name) => (
          <Col xs={24} md={5} key={name}>
            <Form.Item name={name} label={t(`fields.${name}`)}>
              <Input data-testid={`member-${name}`} />
            </Form.Item>
          </Col>
        ))}
        <Col xs={12} md={4}>
          <Form.Item name="postcode" label={t('fields.postcode')} rules={[{ pattern: /^(\d{5})?$/, message: t('ui.form.badPostcode') }]}>
            <Input maxLength={5} inputMode="numeric" data-testid="member-postcode" />
          </Form.Item>
        </Col>
        <Col xs={12} md={5}>
          <Form.Item name="phone" label={t('fields.phone')}>
            <Input inputMode="tel" data-testid="member-phone" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
