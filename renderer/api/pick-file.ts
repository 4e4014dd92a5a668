import type { ApiResult } from '../../shared/api/api-result';
import type { ReceivedFile } from '../../shared/api/app-contract';
import { bothLanguages } from '../app/i18n';
import { api, webToken } from './client';

/** The browser's own file picker, for one file of the given kind; undefined when the person closes it. */
function chooseInBrowser(accept: string): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0]);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(undefined);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** Sends a chosen file to web mode's one upload endpoint (issue 13 §4): streamed, capped and hashed there. */
export async function uploadFile(file: File): Promise<ApiResult<ReceivedFile>> {
  try {
    const response = await fetch('/api/files/upload', {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', 'X-SWF-Token': webToken(), 'X-SWF-File-Name': encodeURIComponent(file.name) },
      body: file,
    });
    return (await response.json()) as ApiResult<ReceivedFile>;
  } catch {
    return { ok: false, error: { code: 'offline', message: bothLanguages('ui.common.offline') } };
  }
}

/**
 * A file the person brings (issue 13 §4), named by id for the call that reads it next: in the desktop app main's
 * open dialog picks it and the backend reads it where it is; in web mode the browser uploads it. Undefined when
 * the person cancels.
 */
export async function pickFile(accept: string): Promise<ApiResult<ReceivedFile> | undefined> {
  if (window.swf) {
    const received = await api.app['files.receive']({ location: `file${accept}` });
    return !received.ok && received.error.code === 'cancelled' ? undefined : received;
  }
  const file = await chooseInBrowser(accept);
  return file && uploadFile(file);
}
