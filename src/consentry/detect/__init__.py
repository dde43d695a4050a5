"""Distillation detection: find the campaigns in traffic logs, explain them, and score runs."""
