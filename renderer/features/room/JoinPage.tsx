import { LoginOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/api-result';
import type { OpenedFund } from '../../../shared/api/app-contract';
import type { ParticipantView } from '../../../shared/api/room-contract';
import { api, becomeParticipant, isParticipant, leaveRoom } from '../../api/client';
import { BrandBar } from '../../app/BrandBar';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { localized, showErrorOnForm } from '../../components/api-errors';

type Values = { roomCode: string; displayName: string };

/**
 * A participant's first screen in a room of laptops (issue 19 §4): the room code the trainer shows and a name (a
 * seat or her own), then her own copy of the demo fund, made while she waits. Sized for a phone as well as a laptop.
 */
export function JoinPage({ onJoined }: { onJoined: (fund: OpenedFund) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [isWaiting, setWaiting] = useState(isParticipant());
  const [isSending, setSending] = useState(false);
  const [problem, setProblem] = useState<ApiError>();
  const [view, setView] = useState<ParticipantView>();
  const [isEnded, setEnded] = useState(false);
  const joined = useRef(onJoined);
  joined.current = onJoined;

  // While her copy is made: her place in the queue, then the copy itself. A session the trainer ended starts over.
  useEffect(() => {
    if (!isWaiting) return;
    let isStopped = false;
    async function poll() {
      while (!isStopped) {
        const me = await api.app['room.me']({});
        if (isStopped) return;
        if (!me.ok) {
          leaveRoom();
          setWaiting(false);
          setEnded(true);
          return;
        }
        setView(me.value);
        if (me.value.fund) return joined.current(me.value.fund);
        if (me.value.state === 'failed') return;
        await new Promise((resolve) => setTimeout(resolve, 700));
      }
    }
    void poll();
    return () => {
      isStopped = true;
    };
  }, [isWaiting]);

  async function join(values: Values) {
    setSending(true);
    setProblem(undefined);
    const result = await api.app['room.join'](values);
    setSending(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error)) setProblem(result.error);
      return;
    }
    becomeParticipant(result.value.token);
    setEnded(false);
    setWaiting(true);
  }

  return (
    <div className="start-screen">
      <BrandBar>
        <LanguageSwitch />
      </BrandBar>
      <div className="join-body">
        <Card className="join-card" data-testid="join-page">
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('ui.room.joinTitle')}
          </Typography.Title>
          {isWaiting ? (
            <div data-testid="join-waiting">
              {view?.state === 'failed' && view.error ? (
                <Alert type="error" showIcon title={localized(view.error.message)} data-testid="join-copy-failed" />
              ) : (
                <Spin>
                  <Typography.Paragraph className="join-waiting-text">
                    {t('ui.room.making', { name: view?.name ?? '' })}
                    {view && view.waitingBefore > 0 && ` ${t('ui.room.queue', { count: view.waitingBefore })}`}
                  </Typography.Paragraph>
                </Spin>
              )}
            </div>
          ) : (
            <>
              <Typography.Paragraph type="secondary">{t('ui.room.joinText')}</Typography.Paragraph>
              {isEnded && (
                <Alert type="warning" showIcon title={t('ui.room.sessionEnded')} data-testid="join-ended" style={{ marginBottom: 16 }} />
              )}
              <Form form={form} layout="vertical" onFinish={(values) => void join(values)} requiredMark={false}>
                <Form.Item
                  name="roomCode"
                  label={t('ui.room.code')}
                  rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
                  normalize={(value: string) => value.toUpperCase()}
                >
                  <Input
                    data-testid="join-code"
                    className="join-code-input"
                    autoFocus
                    autoComplete="off"
                    autoCapitalize="characters"
                    spellCheck={false}
                    maxLength={20}
                    size="large"
                  />
                </Form.Item>
                <Form.Item
                  name="displayName"
                  label={t('ui.room.name')}
                  extra={t('ui.room.nameHint')}
                  rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
                >
                  <Input data-testid="join-name" maxLength={60} size="large" />
                </Form.Item>
                {problem && (
                  <Alert type="error" showIcon title={localized(problem.message)} data-testid="join-problem" style={{ marginBottom: 16 }} />
                )}
                <Button
                  type="primary"
                  htmlType="submit"
                  size="large"
                  block
                  icon={<LoginOutlined />}
                  loading={isSending}
                  data-testid="join-submit"
                >
                  {t('ui.room.join')}
                </Button>
              </Form>
              <Typography.Paragraph type="secondary" className="join-note">
                {t('ui.room.joinNote')}
              </Typography.Paragraph>
            </>
          )}
        </Card>
      </div>
    </div>
  );
}
