import { css } from 'lit';

export const launcherStyles = css`
  :host {
    display: block;
    line-height: 1.5;
  }
  [part='base'] {
    display: grid;
    gap: calc(var(--_spacing) * 2);
  }
  .hint {
    color: var(--_text-muted);
    font-weight: 400;
  }
  [part~='error'] .hint {
    color: inherit;
  }
  .notice {
    font-weight: 600;
  }
  .status {
    display: flex;
    align-items: center;
    gap: calc(var(--_spacing) * 1.5);
  }
  .status strong {
    display: block;
  }
  .spinner,
  .check {
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    box-sizing: border-box;
    border-radius: 50%;
  }
  .spinner {
    border: 3px solid color-mix(in srgb, var(--_primary) 25%, transparent);
    border-block-start-color: var(--_primary);
    animation: spin 0.9s linear infinite;
  }
  .check {
    display: grid;
    place-items: center;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
`;
