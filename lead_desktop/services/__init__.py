"""Use-cases, one module per area. Each call runs in its own unit of work and checks the actor's role."""
