// The month score: base (or weighted score) + points, then the score percent (C-PAY-2).
import { describe, expect, it } from 'vitest';
import { monthScore } from '../../../src/engine/month/standing.js';

describe('month score', () => {
  it('C-PAY-2: a late self-assessment takes 10% off the score, falsified 50%', () => {
    expect([monthScore(99, 0, -10), monthScore(99, 0, -50), monthScore(100, -2, 0)]).toEqual([89.1, 49.5, 98]);
  });
});
