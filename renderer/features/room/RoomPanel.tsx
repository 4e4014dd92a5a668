import { ArrowLeftOutlined, PoweroffOutlined, ReloadOutlined, WifiOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Col, Empty, Form, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/api-result';
import type { FundFileEntry } from '../../../shared/api/app-contract';
import type { RoomCopyState, RoomParticipant, RoomState } from '../../../shared/api/room-contract';
import { api } from '../../api/client';
import { localized, showErrorOnForm } from '../../components/api-errors';

type OpenRoom = Extract<RoomState, { open: true }>;
const allAddresses = 'all';
const stateColors: Record<RoomCopyState, string> = { making: 'processing', ready: 'success', resetting: 'processing', failed: 'error' };

/** A workshop lasts a day: the time in Thai time (the app's clock, issue 14 §8) says when, with seconds for "last seen". */
function timeOfDay(instant: string, language: 'th' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'th' ? 'th-TH' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Asia/Bangkok',
  }).format(new Date(instant));
}

/** How often the panel asks who has joined: often enough to see a participant arrive while the trainer watches. */
const pollMilliseconds = 2000;

/**
 * "Serve this room" (issue 19 §4): the trainer picks the demo master, opens the room's listener on the LAN, shows its
 * address as text and a QR code with the room code, and sees who has joined, each copy's state, with "start over"
 * and "end session" per participant. Closing the room ends every session; the copies stay in the workshop folder.
 */
export function RoomPanel({ onBack }: { onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [room, setRoom] = useState<RoomState>();
  const [demos, setDemos] = useState<FundFileEntry[]>([]);
  const [isOpening, setOpening] = useState(false);
  const [problem, setProblem] = useState<ApiError>();
  const [form] = Form.useForm<{ master: string; lanAddress: string }>();

  const refresh = useCallback(async () => {
    const status = await api.app['room.status']({});
    if (status.ok) setRoom(status.value);
  }, []);

  useEffect(() => {
    void refresh();
    void api.app['funds.list']({}).then((result) => result.ok && setDemos(result.value.funds.filter((fund) => fund.demo)));
  }, [refresh]);

  useEffect(() => {
    if (!room?.open) return;
    const timer = setInterval(() => void refresh(), pollMilliseconds);
    return () => clearInterval(timer);
  }, [room?.open, refresh]);

  async function open(values: { master: string; lanAddress: string }) {
    setOpening(true);
    setProblem(undefined);
    const result = await api.app['room.open']({
      master: values.master,
      ...(values.lanAddress === allAddresses ? {} : { lanAddress: values.lanAddress }),
    });
    setOpening(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) setProblem(result.error);
      return;
    }
    setRoom(result.value);
  }

  function close() {
    void modal.confirm({
      title: t('ui.room.closeTitle'),
      content: t('ui.room.closeText'),
      okText: t('ui.room.close'),
      cancelText: t('ui.common.cancel'),
      okButtonProps: { danger: true, 'data-testid': 'room-close-ok' },
      onOk: async () => {
        await api.app['room.close']({});
        await refresh();
      },
    });
  }

  /** Both lose something of hers (her work, her session), so each is asked once. */
  function act(participant: RoomParticipant, action: 'reset' | 'end') {
    void modal.confirm({
      title: t(action === 'reset' ? 'ui.room.resetTitle' : 'ui.room.endTitle', { name: participant.name }),
      content: t(action === 'reset' ? 'ui.room.resetText' : 'ui.room.endText'),
      okText: t(action === 'reset' ? 'ui.room.reset' : 'ui.room.end'),
      cancelText: t('ui.common.cancel'),
      okButtonProps: { danger: action === 'end', 'data-testid': `room-${action}-ok` },
      onOk: () => run(participant, action),
    });
  }

  async function run(participant: RoomParticipant, action: 'reset' | 'end') {
    const result =
      action === 'reset'
        ? await api.app['room.resetCopy']({ participantId: participant.id })
        : await api.app['room.endSession']({ participantId: participant.id });
    if (!result.ok) void message.error(localized(result.error.message));
    else void message.success(t(action === 'reset' ? 'ui.room.resetDone' : 'ui.room.endDone', { name: participant.name }));
    await refresh();
  }

  const header = (
    <Space className="room-header" wrap>
      <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="room-back">
        {t('ui.room.back')}
      </Button>
      <Typography.Title level={3} style={{ margin: 0 }}>
        <WifiOutlined /> {t('ui.room.title')}
      </Typography.Title>
    </Space>
  );

  if (!room) return header;
  if (!room.open)
    return (
      <div data-testid="room-panel">
        {header}
        <Card className="start-card room-card">
          <Typography.Paragraph>{t('ui.room.offText')}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('ui.room.reachText')}</Typography.Paragraph>
          {demos.length === 0 ? (
            <Empty description={t('ui.room.noDemo')} data-testid="room-no-demo" />
          ) : (
            <Form
              form={form}
              layout="vertical"
              initialValues={{ master: demos[0]?.location, lanAddress: allAddresses }}
              onFinish={(values) => void open(values)}
              style={{ maxWidth: 560 }}
            >
              <Form.Item name="master" label={t('ui.room.master')} rules={[{ required: true, message: t('ui.form.required') }]}>
                <Select
                  data-testid="room-master"
                  options={demos.map((fund) => ({ value: fund.location, label: `${fund.name} (${fund.location})` }))}
                />
              </Form.Item>
              <Form.Item name="lanAddress" label={t('ui.room.network')} extra={t('ui.room.networkHint')}>
                <Select
                  data-testid="room-address"
                  options={[
                    { value: allAddresses, label: t('ui.room.allNetworks') },
                    ...room.availableAddresses.map((address) => ({ value: address, label: address })),
                  ]}
                />
              </Form.Item>
              {room.availableAddresses.length === 0 && (
                <Alert type="warning" showIcon title={t('errors.room-no-network')} style={{ marginBottom: 16 }} />
              )}
              {problem && (
                <Alert type="error" showIcon title={localized(problem.message)} data-testid="room-problem" style={{ marginBottom: 16 }} />
              )}
              <Button type="primary" htmlType="submit" icon={<WifiOutlined />} loading={isOpening} data-testid="room-open">
                {t('ui.room.open')}
              </Button>
            </Form>
          )}
        </Card>
      </div>
    );
  return <OpenRoomView room={room} header={header} language={language} onClose={close} onAct={act} />;
}

function OpenRoomView({
  room,
  header,
  language,
  onClose,
  onAct,
}: {
  room: OpenRoom;
  header: React.ReactNode;
  language: 'th' | 'en';
  onClose: () => void;
  onAct: (participant: RoomParticipant, action: 'reset' | 'end') => void;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid="room-panel">
      {header}
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={8}>
          <Card className="start-card room-card" title={t('ui.room.howToJoin')}>
            <Typography.Paragraph type="secondary">{t('ui.room.codeLabel')}</Typography.Paragraph>
            <div className="room-code" data-testid="room-code">
              {room.code}
            </div>
            {room.addresses.map((address) => (
              <div key={address.address} className="room-address">
                <img src={address.qrCode} alt={t('ui.room.qrAlt', { url: address.joinUrl })} className="room-qr" data-testid="room-qr" />
                <Typography.Text copyable strong data-testid="room-url">
                  {address.joinUrl}
                </Typography.Text>
              </div>
            ))}
            <Typography.Paragraph type="secondary">{t('ui.room.masterIs', { name: room.masterName })}</Typography.Paragraph>
            <Button danger icon={<PoweroffOutlined />} onClick={onClose} data-testid="room-close">
              {t('ui.room.close')}
            </Button>
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card className="start-card room-card" title={t('ui.room.participants', { count: room.participants.length })}>
            <Table<RoomParticipant>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={room.participants}
              data-testid="room-participants"
              locale={{ emptyText: t('ui.room.nobody') }}
              rowClassName={() => 'room-participant'}
              columns={[
                { title: t('ui.room.columnName'), dataIndex: 'name', className: 'room-name-cell' },
                { title: t('ui.room.columnAddress'), dataIndex: 'address' },
                { title: t('ui.room.columnJoined'), dataIndex: 'joinedAt', render: (value: string) => timeOfDay(value, language) },
                { title: t('ui.room.columnSeen'), dataIndex: 'lastSeenAt', render: (value: string) => timeOfDay(value, language) },
                {
                  title: t('ui.room.columnCopy'),
                  dataIndex: 'state',
                  render: (state: RoomCopyState, participant) => (
                    <Tag
                      color={stateColors[state]}
                      title={participant.error ? localized(participant.error.message) : undefined}
                      data-testid="room-copy-state"
                    >
                      {t(`ui.room.states.${state}`)}
                    </Tag>
                  ),
                },
                {
                  title: '',
                  key: 'actions',
                  render: (_value, participant) => (
                    <Space>
                      <Button
                        size="small"
                        icon={<ReloadOutlined />}
                        disabled={participant.state !== 'ready'}
                        onClick={() => onAct(participant, 'reset')}
                        data-testid="room-reset"
                      >
                        {t('ui.room.reset')}
                      </Button>
                      <Button size="small" danger onClick={() => onAct(participant, 'end')} data-testid="room-end">
                        {t('ui.room.end')}
                      </Button>
                    </Space>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
