import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { uiDir, uiLang } from '@/components/ui/i18n';
import '@/components/card/card.css';
import '@/components/ui/ui.css';

document.documentElement.lang = uiLang();
document.documentElement.dir = uiDir();
render(<Popup search={location.search} />, document.getElementById('app')!);
