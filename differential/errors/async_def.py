# molt: expect-error `async def` is not supported yet
async def fetch():
    return 1
print(fetch)
