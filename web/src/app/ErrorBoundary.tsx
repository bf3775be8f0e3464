/**
 * A page that throws while rendering, or whose chunk failed to load (a new release replaced it,
 * the connection dropped), shows an explanation and a reload button instead of a blank screen.
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function PageFailed() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page narrow">
      <h1>{t('error.title')}</h1>
      <p>{t('error.text')}</p>
      <p className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
        <a className="button secondary" href="/">
          {t('error.home')}
        </a>
      </p>
    </main>
  );
}

export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { failed: boolean; resetKey: string }> {
  state = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  /** Moving to another page clears the failure. */
  static getDerivedStateFromProps(props: { resetKey: string }, state: { failed: boolean; resetKey: string }) {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  componentDidCatch(error: unknown) {
    console.error(error);
  }

  render() {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}
