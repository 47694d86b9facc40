# molt: expect-error SyntaxError
x = (1,
