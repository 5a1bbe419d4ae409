import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { uiDir, uiLang } from '@/components/i18n';
import '@/components/card.css';
import '@/components/ui.css';

document.documentElement.lang = uiLang();
document.documentElement.dir = uiDir();
render(<Popup search={location.search} />, document.getElementById('app')!);
