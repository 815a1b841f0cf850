/**
 * The self-contained ES module (`<script type="module" src=".../signin-flow.js">`): the same
 * as the classic script, and its API as named exports too.
 */
import './cdn.js';

export * from './index.js';
