"""What the API tests share: a GET that also reads the JSON answer."""


def get(client, url, **headers):
    response = client.get(url, **headers)
    return response, (
        response.json() if response["Content-Type"].startswith("application/json") else None
    )
