# molt: expect-error comprehension inner loop cannot rebind assignment expression target 'j'
print([i for i in range(5) if (j := i) for j in range(2)])
