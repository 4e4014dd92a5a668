import type { ApiResult } from '../../shared/api/api-result';
import type { ProducedFile } from '../../shared/api/fund-types';
import { bothLanguages } from '../app/i18n';
import { api, webToken } from './client';

/**
 * Hands over a file the backend made (issue 13 §4). The page never builds a file itself: in Electron main's
 * save dialog asks where it goes and the backend writes it there; in web mode the browser downloads it from
 * the one download path, with its Thai name, once.
 */
export async function deliverFile(file: Pick<ProducedFile, 'fileId' | 'fileName'>): Promise<ApiResult<{ location: string }>> {
  if (window.swf) return api.app['files.save']({ fileId: file.fileId, location: file.fileName });
  let response: Response;
  try {
    response = await fetch('/api/files/download', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-SWF-Token': webToken() },
      body: JSON.stringify({ fileId: file.fileId }),
    });
  } catch {
    return { ok: false, error: { code: 'offline', message: bothLanguages('ui.common.offline') } };
  }
  if (!response.ok) return { ok: false, error: { code: 'file-not-ready', message: bothLanguages('errors.file-not-ready') } };
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the bytes once the click is handled; the object URL only has to outlive it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true, value: { location: file.fileName } };
}
