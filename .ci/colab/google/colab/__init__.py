"""A stand-in for Colab's ``google.colab``, installed only into CI's simulated Colab environment.

Colab's kernel imports ``google.colab`` at start; the course's set-up cell looks for it in
``sys.modules`` to know it runs on Colab. Nothing else of Colab is simulated.
"""
