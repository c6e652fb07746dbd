print("alucat: under construction")
