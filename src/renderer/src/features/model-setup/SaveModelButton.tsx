import { useTranslation } from 'react-i18next';
import type { InstalledModel } from '@shared/contract';
import { Button } from '@renderer/ui/Button';
import { FileProgress } from './FileProgress';
import { Fingerprint } from './Fingerprint';
import { ModelFileProblem } from './ModelFileProblem';
import { useModelFile } from './useModelFile';

/** "Save to a file" for one installed model, with its progress and what was written where. */
export function SaveModelButton({ model }: { readonly model: InstalledModel }) {
  const { t } = useTranslation();
  const { saving, saved, problem, installing, save, cancel, reset } = useModelFile();
  const mine = saving?.model === model.name;
  if (mine && saving) {
    return <FileProgress title={t('modelFile.save.progressTitle', { model: model.label })} progress={saving.progress} onCancel={() => void cancel()} testId="model-save-progress" />;
  }
  if (saved?.model === model.name) {
    return (
      <div role="status" data-testid="model-saved">
        <p>{t('modelFile.save.done', { file: saved.fileName, manifest: saved.manifestName, folder: saved.folderName })}</p>
        <Fingerprint sha256={saved.sha256} />
        <Button onClick={reset}>{t('modelFile.done')}</Button>
      </div>
    );
  }
  return (
    <>
      {problem && problem.about !== 'install' && problem.about.model === model.name ? <ModelFileProblem error={problem.error} /> : null}
      <Button
        variant="ghost"
        disabled={Boolean(saving || installing)}
        onClick={() => void save(model.name, { title: t('modelFile.save.dialogTitle'), buttonLabel: t('modelFile.save.dialogButton') })}
        aria-label={t('modelFile.save.buttonNamed', { model: model.label })}
      >
        {t('modelFile.save.button')}
      </Button>
    </>
  );
}
