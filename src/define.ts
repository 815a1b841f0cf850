/** Registers every signin-flow element (once, even when loaded twice). */
import './components/bank-picker/bank-picker.define.js';
import './components/consents/consents.define.js';
import './components/launcher/launcher.define.js';
import './components/widget/widget.define.js';
