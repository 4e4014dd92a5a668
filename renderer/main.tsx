import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/600.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setupI18n } from './app/i18n';

function render(): void {
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
}

// The saved language's strings first (English is a chunk of its own), then the first screen.
void setupI18n().then(render);
