"""consentry: the control point between an AI service's conversations and model training."""

__version__ = "0.1.0"
