import { render } from 'preact';
import { Options } from '@/components/Options';
import { t, uiDir, uiLang } from '@/components/i18n';
import '@/components/ui.css';

document.documentElement.lang = uiLang();
document.documentElement.dir = uiDir();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
