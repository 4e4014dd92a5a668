import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeFigures } from '../../../shared/api/home-types';
import type { Navigate } from '../../app/route';
import { useBackupControls } from '../backups/backup-controls';

type Task = { key: string; text: string; action: string; go: () => void; tone: 'warning' | 'danger' };

/**
 * What waits for the treasurer or the committee, each with the page where it is done: claims for the committee's
 * meeting, approved claims to pay, members behind on their dues, and backups that were never made or keep failing
 * (from the shell's backup status, the same the top bar and the banners show).
 */
export function ToDoCard({ figures, navigate }: { figures: HomeFigures; navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const { status } = useBackupControls();
  const tasks: Task[] = [];
  const { toDo, arrears } = figures;
  if (toDo.claimsPending > 0)
    tasks.push({
      key: 'claims-pending',
      text: t('ui.home.todo.claimsPending', { count: toDo.claimsPending }),
      action: t('ui.home.todo.openApprovals'),
      go: () => navigate({ page: 'approvals' }),
      tone: 'warning',
    });
  if (toDo.claimsApproved > 0)
    tasks.push({
      key: 'claims-approved',
      text: t('ui.home.todo.claimsApproved', { count: toDo.claimsApproved }),
      action: t('ui.home.todo.openWelfare'),
      go: () => navigate({ page: 'welfare' }),
      tone: 'warning',
    });
  for (const account of toDo.unreconciledBankAccounts)
    tasks.push({
      key: `unreconciled-${account.accountCode}`,
      text: t('ui.home.todo.unreconciled', { name: i18n.language === 'en' ? account.nameEn : account.nameTh }),
      action: t('ui.home.todo.openReconcile'),
      go: () => navigate({ page: 'cashbook', tab: 'reconcile' }),
      tone: 'warning',
    });
  if (arrears.members > 0)
    tasks.push({
      key: 'arrears',
      text: t('ui.home.todo.arrears', { count: arrears.members, months: arrears.minMonths }),
      action: t('ui.home.todo.openArrears'),
      go: () => navigate({ page: 'arrears' }),
      tone: 'warning',
    });
  if (status && status.failuresInARow > 0)
    tasks.push({
      key: 'backup-failing',
      text: t('ui.home.todo.backupFailing', { count: status.failuresInARow }),
      action: t('ui.home.todo.openBackups'),
      go: () => navigate({ page: 'backups' }),
      tone: 'danger',
    });
  else if (status && !status.lastGood)
    tasks.push({
      key: 'backup-never',
      text: t('ui.home.todo.backupNever'),
      action: t('ui.home.todo.openBackups'),
      go: () => navigate({ page: 'backups' }),
      tone: 'danger',
    });

  const icon = (tone: Task['tone']): ReactNode => (
    <ExclamationCircleOutlined style={{ color: tone === 'danger' ? '#cf1322' : '#d48806', fontSize: 18 }} />
  );
  return (
    <Card size="small" title={t('ui.home.todo.title')} data-testid="home-todo">
      {tasks.length === 0 ? (
        <Typography.Text type="secondary" data-testid="home-todo-none">
          <CheckCircleOutlined style={{ color: '#389e0d', marginRight: 8 }} />
          {t('ui.home.todo.none')}
        </Typography.Text>
      ) : (
        <ul className="home-todo-list">
          {tasks.map((task) => (
            <li key={task.key} data-testid={`home-todo-${task.key}`}>
              {icon(task.tone)}
              <div>
                <Typography.Text>{task.text}</Typography.Text>
                <Button type="link" size="small" onClick={task.go} data-testid={`home-todo-${task.key}-go`}>
                  {task.action}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
