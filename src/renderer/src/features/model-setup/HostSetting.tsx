import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@renderer/ui/Button';
import { hearth } from '@renderer/hearth';
import styles from './ModelSetup.module.css';
import { useModelRuntime } from './useModelRuntime';

/** Loopback names: the same test main applies, so the warning shows exactly when main would ask for it. */
const looksLocal = (value: string): boolean => /^(https?:\/\/)?(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?\/?$/i.test(value.trim());

/**
 * Where Ollama runs. Another computer can be chosen only after a clear warning that conversations
 * would then leave this one, over https only; main checks the same rules and also asks the person
 * itself, in a system dialog, before it sends that server anything.
 */
export function HostSetting() {
  const { t } = useTranslation();
  const status = useModelRuntime((s) => s.status);
  const [value, setValue] = useState(status?.host ?? '');
  const [acknowledged, setAcknowledged] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'saved'; text: string } | null>(null);
  const inputId = useId();
  const remote = value.trim() !== '' && !looksLocal(value);
  // Main refuses a remote server without https; say so before the person tries.
  const needsHttps = remote && !/^https:\/\//i.test(value.trim());

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = await hearth().ollama.setHost({ host: value, acknowledgeRemote: remote && acknowledged });
    if (!result.ok) {
      const key = result.error.code !== 'not-allowed' ? 'model.host.invalid' : remote && acknowledged ? 'model.host.notConfirmed' : 'model.host.needsWarning';
      setMessage({ kind: 'error', text: t(key) });
      return;
    }
    setMessage({ kind: 'saved', text: t('model.host.saved') });
    await useModelRuntime.getState().refresh();
  };

  return (
    <form className={styles.hostForm} onSubmit={(e) => void save(e)} data-testid="host-setting">
      <label htmlFor={inputId} className={styles.hostLabel}>
        {t('model.host.label')}
      </label>
      <p className={styles.muted}>{t('model.host.help')}</p>
      <input
        id={inputId}
        className={styles.hostInput}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setAcknowledged(false);
          setMessage(null);
        }}
        placeholder="127.0.0.1:11434"
        autoComplete="off"
        spellCheck={false}
      />
      {remote ? (
        <div className={styles.hostWarning} role="note" data-testid="host-warning">
          <p>
            <strong>{t('model.host.warningTitle')}</strong> {t('model.host.warningBody')}
          </p>
          <label className={styles.checkbox}>
            <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} />
            {t('model.host.acknowledge')}
          </label>
          {needsHttps ? (
            <p className={styles.warn} data-testid="host-needs-https">
              {t('model.host.needsHttps')}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" variant="secondary" disabled={remote && (!acknowledged || needsHttps)}>
          {t('model.host.save')}
        </Button>
        {message ? (
          <span role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? styles.warn : styles.muted}>
            {message.text}
          </span>
        ) : null}
      </div>
    </form>
  );
}
