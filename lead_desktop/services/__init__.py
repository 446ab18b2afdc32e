"""Use-cases, one package (or module) per area, one module per job within it. Each call runs in its own
unit of work and checks the actor's role; the open site and its actor are services.session."""
