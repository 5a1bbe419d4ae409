import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { t, uiDir, uiLang } from '@/components/ui/i18n';
import '@/components/ui/ui.css';

document.documentElement.lang = uiLang();
document.documentElement.dir = uiDir();
document.title = t('optionsTitle');
render(<Options search={location.search} />, document.getElementById('app')!);
