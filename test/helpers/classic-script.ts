/** Loads the built classic script the way an integrator pastes it: a plain `<script src>`. */
export function loadClassicScript(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/dist/cdn/signin-flow.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('dist/cdn/signin-flow.min.js did not load: run "npm run build" first'));
    document.head.append(script);
  });
}
